package kr.cheongnabi.ledger.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.MyTraining;
import kr.cheongnabi.ledger.control.MyTrainingView;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * me/training.xhtml: this year's credited hours against the target with the legal floor marked,
 * every credit with its source, and the certificate once the target is met.
 */
@Named
@ViewScoped
public class MyTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS_SHOWN = 5;

  @Inject MyTraining training;
  @Inject LocaleBacking locale;
  @Inject Clock clock;

  private int year;
  private List<Integer> years = List.of();
  private MyTrainingView view;

  public void load() {
    var thisYear = Credit.trainingYearOf(clock.instant());
    if (year == 0) {
      year = thisYear;
    }
    years = IntStream.range(0, YEARS_SHOWN).mapToObj(back -> thisYear - back).toList();
    show();
  }

  public void show() {
    try {
      view = training.year(year);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The certificate PDF, in the page's language. */
  public StreamedContent certificate() {
    var korean = "ko".equals(locale.getLanguage());
    var issued = training.certificate(year, locale.getLocale(), addressInUse());
    return DefaultStreamedContent.builder()
        .name((korean ? "청렴교육-이수증-" : "integrity-training-certificate-") + issued.year() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(issued.pdf()))
        .build();
  }

  /** The address this page was reached at, for when PUBLIC_URL is not set. */
  private static String addressInUse() {
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    var url = request.getRequestURL();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Integer> getYears() {
    return years;
  }

  public MyTrainingView getView() {
    return view;
  }
}
