package kr.cheongnabi.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import kr.cheongnabi.platform.control.SignInMechanism;

/**
 * The REST calls for scripts and other systems, under /api. Callers sign in with HTTP Basic (or a
 * session of the pages); web.xml says which role each path needs, as it does for pages. Jersey's
 * generated description of every call (application.wadl) is switched off: the README documents the
 * calls, and a map of them is of use only to someone probing.
 */
@ApplicationPath(SignInMechanism.API_PATH)
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
