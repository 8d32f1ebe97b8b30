package com.example.api;

import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same requests where Spring Boot adds no error report valve of its own (it adds one, without
 * the report, only while stack traces are never included), so that Tomcat's Host would add its
 * standard one when it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.error.include-stacktrace=always")
@DisplayName("Requests the servlet container rejects answer the envelope with stack traces included")
class ContainerErrorsWithStackTracesTest extends ContainerErrorsTest {
}
