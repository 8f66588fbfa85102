package com.marketinghub.attribution;

import java.time.LocalDate;

public record Campaign(long id, String name, String channel, LocalDate startDate, LocalDate endDate) {}
