package io.kiln.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Asserts that a response is the API's problem+json with the given status and stable code. */
public final class Problems {
  private Problems() {}

  public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status,
                                                            String code) {
    return response.expectStatus().isEqualTo(status)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status").isEqualTo(status.value())
        .jsonPath("$.code").isEqualTo(code)
        .jsonPath("$.detail").isNotEmpty()
        .jsonPath("$.requestId").isNotEmpty();
  }
}
