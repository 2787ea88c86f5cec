package io.kiln.infra.axon;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Jackson for events, messages, snapshots, tokens and sagas; XStream is not on the class path at all. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonSerializationAutoConfiguration {

  @Bean
  @Primary
  Serializer serializer() {
    return jackson();
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return jackson();
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer() {
    return jackson();
  }

  private static Serializer jackson() {
    return JacksonSerializer.builder().objectMapper(StoredMessageJson.mapper()).build();
  }
}
