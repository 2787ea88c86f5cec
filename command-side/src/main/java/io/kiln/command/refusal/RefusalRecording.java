package io.kiln.command.refusal;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RefusalRecording {

  @Bean
  SmartInitializingSingleton refusalRecorder(CommandBus commandBus, RefusalLog log) {
    return () -> commandBus.registerHandlerInterceptor(new RefusalRecorder(log));
  }
}
