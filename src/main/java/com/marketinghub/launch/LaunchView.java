package com.marketinghub.launch;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** GET /api/launches/{id}: the launch, every sign-off and decision, the latest adoption. */
public record LaunchView(@JsonUnwrapped Launch launch, List<LaunchRepository.Signoff> signoffs,
    AdoptionRepository.Measured adoption) {}
