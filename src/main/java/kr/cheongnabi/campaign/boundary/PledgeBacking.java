package kr.cheongnabi.campaign.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import kr.cheongnabi.campaign.control.PledgeView;
import kr.cheongnabi.campaign.control.Pledges;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * pledge.xhtml?t=…: the public page behind a campaign mail's link, for a phone first. The token is
 * all it needs: no sign-in, also for recipients outside the organisation. The page is in the
 * recipient's language as the campaign knows it.
 */
@Named
@ViewScoped
public class PledgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TrainingYear.KOREA);

  @Inject Pledges pledges;
  @Inject LocaleBacking locale;

  private String token;
  private PledgeView view;

  /** Records the opening; the page then speaks the recipient's language, as their mail did. */
  public void open() {
    view = pledges.open(token).orElse(null);
    if (view != null && !FacesContext.getCurrentInstance().isPostback()) {
      locale.adopt(view.language());
    }
  }

  /** When the pledge was made, Korea time, e.g. 2026-12-07 18:05; null before. */
  public String getPledgedAt() {
    return view == null || view.pledgedAt() == null ? null : MOMENT.format(view.pledgedAt());
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
