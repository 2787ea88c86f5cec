package io.kiln.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "io.kiln")
@ConfigurationPropertiesScan("io.kiln.web")
public class KilnApplication {
  public static void main(String[] args) {
    SpringApplication.run(KilnApplication.class, args);
  }
}
