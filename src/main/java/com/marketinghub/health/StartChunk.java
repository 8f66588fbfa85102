package com.marketinghub.health;

/**
 * One chunk of accounts handled by the health check after scoring.
 *
 * @param examined accounts looked at in this chunk
 * @param started plays or leads started
 * @param lastId the last account id looked at, null when none was left
 */
public record StartChunk(int examined, int started, Long lastId) {}
