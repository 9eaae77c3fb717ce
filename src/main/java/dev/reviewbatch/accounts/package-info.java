/**
 * Many accounts in one run: a folder of accounts partitioned one account a partition,
 * each partition today's import of that account, run on local threads or by worker
 * processes that take partitions from a RabbitMQ queue (Spring Batch remote
 * partitioning).
 */
package dev.reviewbatch.accounts;
