package kr.cheongnabi.compliance.control;

/** A year's requirement changed: what its employees owe must be computed again. */
public record RequirementChanged(int year, String changedBy) {}
