package io.kiln.web.serving;

import io.netty.channel.ChannelOption;
import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Sends a call's body to {@code <replica>/predict} and hands back the replica's answer as it arrives (any status),
 * within the connect timeout and the answer timeout (between reads, so a long answer may keep streaming).
 */
@Component
class ReplicaClient {
  private final WebClient client;
  private final ServingProperties properties;

  ReplicaClient(WebClient.Builder builder, ServingProperties properties) {
    this.properties = properties;
    HttpClient http = HttpClient.create()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
        .responseTimeout(properties.timeout());
    this.client = builder.clone().clientConnector(new ReactorClientHttpConnector(http)).build();
  }

  Mono<ResponseEntity<Flux<DataBuffer>>> predict(URI replica, MediaType contentType, Flux<DataBuffer> body) {
    return client.post().uri(replica.resolve("/predict"))
        .contentType(contentType == null ? MediaType.APPLICATION_JSON : contentType)
        .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", */*")
        .body(BodyInserters.fromDataBuffers(body))
        .retrieve()
        .onStatus(HttpStatusCode::isError, response -> Mono.empty())
        .toEntityFlux(DataBuffer.class)
        .timeout(properties.timeout());
  }
}
