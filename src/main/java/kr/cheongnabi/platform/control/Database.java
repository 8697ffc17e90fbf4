package kr.cheongnabi.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application. Its settings come from MicroProfile Config, so the
 * environment variables DB_URL, DB_USER and DB_PASSWORD choose the server (MySQL 8.0+ or MariaDB
 * 10.11+, always through MySQL Connector/J).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/cheongnabi";
}
