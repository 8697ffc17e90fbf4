package kr.cheongnabi.platform.entity;

/** What a person may do. A person may hold several roles; every signed-in person is an EMPLOYEE. */
public enum Role {
  EMPLOYEE,
  TRAINER,
  HR,
  ADMIN;

  public static final String EMPLOYEE_NAME = "EMPLOYEE";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String HR_NAME = "HR";
  public static final String ADMIN_NAME = "ADMIN";
}
