package kr.cheongnabi.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.learning.control.EvidenceReview;
import kr.cheongnabi.learning.control.PendingClaim;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hr/evidence.xhtml: the claims waiting, oldest first, a page at a time; view the certificate,
 * approve (credits the minutes) or reject with a reason the employee will read. The officer's own
 * claims are listed without either: another HR officer decides them.
 */
@Named
@ViewScoped
public class HrEvidenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvidenceReview review;
  @Inject SignedInEmployee signedIn;

  private final Map<Long, String> reasons = new HashMap<>();
  private LazyDataModel<PendingClaim> pending;
  private Long me;

  @PostConstruct
  void init() {
    pending = new Pending(review);
    me = signedIn.employeeId().orElse(null);
  }

  /** Whether the claim is the signed-in officer's own, which someone else must decide. */
  public boolean own(PendingClaim claim) {
    return me != null && me == claim.employeeId();
  }

  public void approve(long claimId) {
    try {
      review.approve(claimId);
      Messages.info("evidence.approved");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void reject(long claimId) {
    try {
      review.reject(claimId, reasons.get(claimId));
      reasons.remove(claimId);
      Messages.info("evidence.rejected");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public LazyDataModel<PendingClaim> getPending() {
    return pending;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** Pages of the claims waiting, read from the database as the table turns them. */
  static final class Pending extends LazyDataModel<PendingClaim> {

    private static final long serialVersionUID = 1L;

    private final EvidenceReview review;

    Pending(EvidenceReview review) {
      this.review = review;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return review.countPending();
    }

    @Override
    public List<PendingClaim> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return review.pending(first, pageSize);
    }

    @Override
    public String getRowKey(PendingClaim claim) {
      return Long.toString(claim.id());
    }

    @Override
    public PendingClaim getRowData(String rowKey) {
      return null;
    }
  }
}
