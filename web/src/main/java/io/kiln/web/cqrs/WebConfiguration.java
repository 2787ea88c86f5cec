package io.kiln.web.cqrs;

import io.kiln.web.ApiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebFluxConfigurer {

  /** Where commands and queries run: bounded, and never a Netty event loop. */
  @Bean(destroyMethod = "dispose")
  Scheduler cqrsWorkers(ApiProperties api) {
    return Schedulers.newBoundedElastic(api.workerThreads(), 10_000, "kiln-cqrs");
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(new RequestContextArgumentResolver());
  }
}
