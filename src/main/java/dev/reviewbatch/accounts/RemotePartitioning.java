package dev.reviewbatch.accounts;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote mode: Spring Batch's remote partitioning over a RabbitMQ queue. The manager
 * sends one request per partition (a step execution id, persistent, on a durable queue)
 * and polls the shared job repository until every partition has ended; workers take
 * requests one at a time per thread and run them ({@link ImportAccountTasklet}, the same
 * step as in local mode) against the same PostgreSQL store. A request is acknowledged
 * only after its partition ended, so a worker killed mid-partition leaves it to the
 * broker to hand to another worker (or to the next start of one), which resumes the
 * account's import after its last committed chunk; a broker restart keeps the queued
 * requests.
 */
final class RemotePartitioning {

	private RemotePartitioning() {
	}

	static CachingConnectionFactory connectionTo(AccountsSettings settings) {
		CachingConnectionFactory factory = new CachingConnectionFactory(URI.create(settings.broker()));
		factory.setConnectionNameStrategy(f -> "reviewbatch " + settings.role());
		return factory;
	}

	/** Declares the durable queue (idempotent: the manager and every worker do it). */
	static void declareQueue(CachingConnectionFactory broker, AccountsSettings settings) {
		new RabbitAdmin(broker).declareQueue(new Queue(settings.queue(), true));
	}

	/**
	 * The manager's side: partitions out to the queue, results read from the job
	 * repository.
	 */
	@Configuration
	@EnableIntegration
	@ConditionalOnProperty(name = AccountsSettings.ROLE, havingValue = "manager")
	static class Manager {

		@Bean(destroyMethod = "destroy")
		CachingConnectionFactory broker(AccountsSettings settings) {
			return connectionTo(settings);
		}

		@Bean
		DirectChannel partitionRequests() {
			return new DirectChannel();
		}

		@Bean
		IntegrationFlow partitionRequestsToBroker(CachingConnectionFactory broker, AccountsSettings settings) {
			RabbitTemplate template = new RabbitTemplate(broker);
			return IntegrationFlow.from(partitionRequests())
				.handle(Amqp.outboundAdapter(template)
					.routingKey(settings.queue())
					.defaultDeliveryMode(MessageDeliveryMode.PERSISTENT))
				.get();
		}

		@Bean
		Step importAccounts(JobRepository jobRepository, AccountPartitioner accountPartitioner,
				CachingConnectionFactory broker, AccountsSettings settings, BeanFactory beanFactory) {
			declareQueue(broker, settings);
			return new RemotePartitioningManagerStepBuilder("importAccounts", jobRepository)
				.partitioner(AccountsJobConfiguration.WORKER_STEP, accountPartitioner)
				.outputChannel(partitionRequests())
				.pollInterval(500)
				.timeout(settings.timeoutMillis())
				.beanFactory(beanFactory)
				.build();
		}

	}

	/**
	 * A worker's side: requests in from the queue, one at a time per thread, acknowledged
	 * after the partition ended, each run by Spring Batch's
	 * {@link StepExecutionRequestHandler} once {@link PartitionGuard} lets it through. A
	 * request that fails is not put back (its partition is marked failed in the job
	 * repository, and the manager reports it).
	 */
	@Configuration
	@EnableIntegration
	@ConditionalOnProperty(name = AccountsSettings.ROLE, havingValue = "worker")
	static class Worker {

		static final String INBOUND = "partitionRequestsFromBroker";

		@Bean(destroyMethod = "destroy")
		CachingConnectionFactory broker(AccountsSettings settings) {
			return connectionTo(settings);
		}

		@Bean(INBOUND)
		IntegrationFlow partitionRequestsFromBroker(CachingConnectionFactory broker, AccountsSettings settings,
				JobRepository jobRepository, DataSource dataSource, Set<String> heldAccounts, BeanFactory beanFactory) {
			declareQueue(broker, settings);
			SimpleMessageConverter converter = new SimpleMessageConverter();
			converter.setAllowedListPatterns(
					List.of("org.springframework.batch.integration.partition.*", "java.lang.*", "java.util.*"));
			BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
			steps.setBeanFactory(beanFactory);
			StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
			handler.setJobRepository(jobRepository);
			handler.setStepLocator(steps);
			PartitionGuard guard = new PartitionGuard(jobRepository, dataSource, heldAccounts);
			return IntegrationFlow
				.from(Amqp.inboundAdapter(broker, settings.queue())
					.messageConverter(converter)
					.configureContainer(container -> container.prefetchCount(1)
						.concurrentConsumers(settings.threads())
						.defaultRequeueRejected(false))
					.autoStartup(false))
				.filter(StepExecutionRequest.class, guard::shouldRun)
				.handle(handler, "handle")
				.nullChannel();
		}

	}

}
