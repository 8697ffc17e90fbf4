package kr.cheongnabi.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import kr.cheongnabi.platform.control.SignInMechanism;

/**
 * The REST calls for scripts and other systems, under /api. Callers sign in with HTTP Basic (or a
 * session of the pages); web.xml says which role each path needs, as it does for pages.
 */
@ApplicationPath(SignInMechanism.API_PATH)
public class RestApplication extends Application {}
