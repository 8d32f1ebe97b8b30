package io.github.errorspec.core.load;

/**
 * A class a hostile spec names in a tag. Loading it leaves a trace in a system property, which
 * tests read without touching the class (touching it would load it).
 */
public final class Canary {

  static final String PROPERTY = "errorspec.test.canary";

  static {
    System.setProperty(PROPERTY, "loaded");
  }

  public Canary() {
    System.setProperty(PROPERTY, "constructed");
  }
}
