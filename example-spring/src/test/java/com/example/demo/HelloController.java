package com.example.demo;

import com.example.api.errors.ErrorCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HelloController {

  @GetMapping("/hello")
  String hello() {
    throw ErrorCode.QUOTA_EXCEEDED.exception("1000 of 1000 requests used this month");
  }
}
