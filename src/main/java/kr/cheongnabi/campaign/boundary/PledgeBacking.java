package kr.cheongnabi.campaign.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.campaign.control.PledgeView;
import kr.cheongnabi.campaign.control.Pledges;

/**
 * pledge.xhtml?t=…: the public page behind a campaign mail's link, for a phone first. The token is
 * all it needs: no sign-in, also for recipients outside the organisation. The page is in the
 * recipient's language as the campaign knows it.
 */
@Named
@ViewScoped
public class PledgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Pledges pledges;

  private String token;
  private PledgeView view;

  public void open() {
    view = pledges.open(token).orElse(null);
  }

  public void pledge() {
    view = pledges.pledge(token).orElse(null);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public PledgeView getView() {
    return view;
  }
}
