package kr.cheongnabi.alert.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.alert.control.AlertLog;
import kr.cheongnabi.alert.control.AlertLogRow;
import kr.cheongnabi.alert.control.AlertRun;
import kr.cheongnabi.alert.control.IntegrityAlerts;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.platform.boundary.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hr/alerts.xhtml: send the integrity alerts due today now, and the log of every alert, newest
 * first, a page at a time, filtered by state; claims that never finished are pointed out.
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IntegrityAlerts alerts;
  @Inject AlertLog log;

  private AlertState state;
  private AlertRun lastRun;
  private int stuck;
  private LazyDataModel<AlertLogRow> table;

  @PostConstruct
  void init() {
    table = new AlertTable(log, this);
    stuck = log.stuck();
  }

  public void sendNow() {
    lastRun = alerts.sendDueNow();
    stuck = log.stuck();
    Messages.info("alert.run.done", lastRun.sent(), lastRun.failed(), lastRun.skipped());
  }

  /** A new filter starts again at the first page. */
  public void filter() {
    table.setRowCount(0);
  }

  public AlertState[] getStates() {
    return AlertState.values();
  }

  public AlertState getState() {
    return state;
  }

  public void setState(AlertState state) {
    this.state = state;
  }

  public AlertRun getLastRun() {
    return lastRun;
  }

  public int getStuck() {
    return stuck;
  }

  public LazyDataModel<AlertLogRow> getTable() {
    return table;
  }

  /** Pages of the log, read from the database as the table turns them. */
  static final class AlertTable extends LazyDataModel<AlertLogRow> {

    private static final long serialVersionUID = 1L;

    private final AlertLog log;
    private final AlertsBacking page;

    AlertTable(AlertLog log, AlertsBacking page) {
      this.log = log;
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return log.count(page.state);
    }

    @Override
    public List<AlertLogRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return log.page(page.state, first, pageSize);
    }

    @Override
    public String getRowKey(AlertLogRow row) {
      return Long.toString(row.id());
    }
  }
}
