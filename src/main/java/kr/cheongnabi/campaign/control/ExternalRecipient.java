package kr.cheongnabi.campaign.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import kr.cheongnabi.campaign.entity.RecipientKind;

/**
 * Someone outside the roster who agreed to receive a campaign: a contractor, a parent.
 *
 * @param consentAt when they consented (Korea time)
 * @param consentHow how: e.g. "signed form at the contract signing", "school app opt-in"
 */
public record ExternalRecipient(
    int line,
    String name,
    String email,
    RecipientKind kind,
    String language,
    LocalDateTime consentAt,
    String consentHow)
    implements Serializable {}
