package io.kiln.command.compute;

import io.kiln.infra.compute.Compute;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComputeConfiguration {

  @Bean
  SmartInitializingSingleton computeRequired(CommandBus commandBus, Compute compute) {
    return () -> commandBus.registerHandlerInterceptor(new ComputeRequired(compute));
  }
}
