package kr.cheongnabi.campaign.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.campaign.control.Campaigns;
import kr.cheongnabi.campaign.entity.CampaignSchedule;

/** hr/campaigns.xhtml: every campaign with its schedule and next sending, newest first. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Campaigns campaigns;

  /** One campaign as the list shows it. */
  public record Row(
      long id,
      String title,
      CampaignSchedule schedule,
      LocalDate nextSending,
      boolean cancelled,
      String createdBy)
      implements Serializable {}

  private List<Row> rows = List.of();

  public void load() {
    rows =
        campaigns.all().stream()
            .map(
                c ->
                    new Row(
                        c.getId(),
                        c.getTitle(),
                        c.getSchedule(),
                        campaigns.nextSending(c).orElse(null),
                        c.getCancelledAt() != null,
                        c.getCreatedBy()))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }
}
