package com.marketinghub.attribution;

import java.math.BigDecimal;

/** A lead's confirmed share (0 to 1) of one campaign's credit. */
public record LeadCredit(long leadId, BigDecimal creditShare) {}
