package io.kiln.web.audit;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the API, found by asking Spring for all of them, answers 403 to an auditor. Calls to models
 * ({@code POST /api/v1/models/{id}/predict}) are not writes of people: they carry a model's key, not a person's.
 */
class AuditorsChangeNothingTest extends KilnIntegrationTest {
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyWriteEndpointRefusesAnAuditor() {
    Person auditor = api.newUser("auditor");
    List<String> tried = new ArrayList<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
        .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
        .forEach(method -> info.getPatternsCondition().getPatterns().forEach(pattern -> {
          String path = pattern.getPatternString().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
          if (path.startsWith("/api/") && !path.endsWith("/predict")) {
            tried.add(method + " " + pattern.getPatternString());
            long before = eventCount();
            expectProblem(api.as(auditor).method(HttpMethod.valueOf(method.name())).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
            assertThat(eventCount()).as(method + " " + path).isEqualTo(before);
          }
        })));
    assertThat(tried).as("write endpoints found").hasSizeGreaterThanOrEqualTo(15)
        .contains("POST /api/v1/projects", "PUT /api/v1/integrations/{name}",
            "POST /api/v1/admin/processors/{name}:replay", "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}:redeliver");
  }
}
