package com.example.api.web;

import org.springframework.stereotype.Component;

/** What actually produces text and images; the example's stand-in echoes. */
public interface ModelBackend {

  /** A failure of the model while processing a valid request. */
  final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
      super(message);
    }
  }

  String generateText(String model, String prompt, double temperature, int maxTokens) throws ModelException;

  String generateImage(String model, String prompt, String size, String quality) throws ModelException;

  /** A backend that answers at once with a description of the request. */
  @Component
  final class Echo implements ModelBackend {
    @Override
    public String generateText(String model, String prompt, double temperature, int maxTokens) {
      return model + " says: " + prompt;
    }

    @Override
    public String generateImage(String model, String prompt, String size, String quality) {
      return "https://images.example.com/" + size + "/" + quality + "/" + Integer.toHexString(prompt.hashCode());
    }
  }
}
