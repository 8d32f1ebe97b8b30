package com.example.other;

import com.example.api.errors.EnableApiErrors;
import com.example.demo.DemoApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The auto-configuration and {@code @EnableApiErrors} at once: the same envelopes, no bean twice. */
@SpringBootTest(classes = AutoConfigurationAndAnnotationTest.BothApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("the auto-configuration and @EnableApiErrors together register each bean once")
class AutoConfigurationAndAnnotationTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableApiErrors
  @Import(DemoApplicationTest.DemoApplication.class)
  static class BothApplication {
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("a thrown code answers its envelope, an unknown path the 404 fallback, each bean registered once")
  void both() throws Exception {
    DemoApplicationTest.assertEnvelopes(port);
    DemoApplicationTest.assertRegisteredOnce(context);
  }
}
