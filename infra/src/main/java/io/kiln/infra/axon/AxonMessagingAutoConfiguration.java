package io.kiln.infra.axon;

import io.kiln.domain.KilnException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Message handling defaults: Kiln's correlation metadata, no handling on non-blocking threads, a command gateway that
 * retries transient conflicts (two replicas writing one aggregate) but never a refusal, tracking event processors.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonMessagingAutoConfiguration {

  @Bean
  CorrelationDataProvider kilnCorrelationDataProvider() {
    return new KilnCorrelationDataProvider();
  }

  @Bean
  SmartInitializingSingleton nonBlockingThreadGuards(CommandBus commandBus, QueryBus queryBus) {
    return () -> {
      commandBus.registerHandlerInterceptor(new NonBlockingThreadGuard<CommandMessage<?>>());
      queryBus.registerHandlerInterceptor(new NonBlockingThreadGuard<QueryMessage<?, ?>>());
    };
  }

  @Bean
  CommandGateway commandGateway(CommandBus commandBus) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(IntervalRetryScheduler.builder()
            .retryExecutor(Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kiln-command-retry")))
            .addNonTransientFailurePredicate(KilnException.class, refusal -> true)
            .maxRetryCount(3)
            .retryInterval(20)
            .build())
        .build();
  }

  /**
   * Tracking processors, because they wake the moment an event is stored; pooled streaming processors poll the embedded
   * event store every 500 ms once caught up, which a request waiting for its own write would feel.
   */
  @Bean
  ConfigurerModule trackingProcessors() {
    return configurer -> configurer.eventProcessing()
        .usingTrackingEventProcessors()
        .registerTrackingEventProcessorConfiguration(config ->
            TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100)
                .andEventAvailabilityTimeout(200, TimeUnit.MILLISECONDS));
  }
}
