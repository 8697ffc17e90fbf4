package kr.cheongnabi.requirement.control;

/** A year's requirement changed: what its employees owe must be computed again. */
public record RequirementChanged(int year, String changedBy) {}
