package kr.cheongnabi.campaign.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import kr.cheongnabi.campaign.control.CampaignRun;
import kr.cheongnabi.campaign.control.Campaigns;
import kr.cheongnabi.campaign.control.Tracking;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * hr/campaign.xhtml?id=…: a campaign and the tracking of a round: delivered, opened and pledged in
 * total, per unit and per duty area, the employees who have not pledged, the CSV of every
 * recipient; "send now" for what is due, and cancelling.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Campaigns campaigns;
  @Inject LocaleBacking locale;

  private Long id;
  private Integer round;
  private Campaign campaign;
  private List<Integer> rounds = List.of();
  private Tracking tracking;
  private CampaignRun lastRun;

  public String load() {
    if (id == null) {
      return "/hr/campaigns.xhtml?faces-redirect=true";
    }
    campaign = campaigns.find(id).orElse(null);
    if (campaign == null) {
      Messages.error("campaign.notFound", id);
      return null;
    }
    rounds = campaigns.rounds(id);
    if (round == null || !rounds.contains(round)) {
      round = rounds.isEmpty() ? null : rounds.get(0);
    }
    tracking = round == null ? null : campaigns.tracking(id, round);
    return null;
  }

  public void sendNow() {
    lastRun = campaigns.sendNow(id);
    load();
  }

  public void cancel() {
    try {
      campaigns.cancel(id);
      Messages.info("campaign.cancelled", campaign.getTitle());
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Every recipient of the round as CSV for Excel. */
  public StreamedContent csv() {
    var out = new ByteArrayOutputStream();
    try {
      campaigns.writeCsv(id, round, locale.getLocale(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("campaign-" + id + "-" + round + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getRound() {
    return round;
  }

  public void setRound(Integer round) {
    this.round = round;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public List<Integer> getRounds() {
    return rounds;
  }

  public Tracking getTracking() {
    return tracking;
  }

  public CampaignRun getLastRun() {
    return lastRun;
  }
}
