package io.babeldesk.local.chaos;

import io.babeldesk.handler.Wiring;
import io.babeldesk.pipeline.FailedMessages;
import io.babeldesk.config.Config;
import io.babeldesk.aws.AwsClients;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * {@code ./babeldesk redrive}: replays the work queue's dead-letter messages onto the work queue,
 * printing the recorded reason of each. Jobs are idempotent, so a replayed job redoes nothing
 * that is finished. moto does not implement StartMessageMoveTask, so messages are moved by
 * receive, send, delete: a crash between send and delete leaves a duplicate, which the jobs'
 * idempotence absorbs, never a loss.
 */
public final class RedriveCommand {
    private RedriveCommand() {
    }

    public static int run(String[] args) {
        Config config = Config.fromEnvironment();
        AwsClients clients = new AwsClients(config);
        try (SqsClient sqs = clients.sqs()) {
            String work;
            String dead;
            try {
                // on AWS the stack names the queues: pass the URLs from its outputs
                work = config.queueUrl().orElseGet(() -> sqs.getQueueUrl(r -> r.queueName(config.queueName())).queueUrl());
                dead = config.get("BABELDESK_DLQ_URL").orElseGet(() ->
                        sqs.getQueueUrl(r -> r.queueName(config.queueName() + "-dlq")).queueUrl());
            } catch (QueueDoesNotExistException e) {
                System.err.println("no queue " + config.queueName() + " (or its -dlq) at "
                        + config.awsEndpoint().orElse("AWS") + ": is the stack running (./babeldesk serve)?");
                return 2;
            }
            int moved = redrive(sqs, dead, work, new Wiring(config).failedMessages());
            System.out.println("redrove " + moved + " message(s) from " + dead + " to " + work);
            return 0;
        }
    }

    /**
     * Moves every message of {@code deadLetterUrl} to {@code workUrl}; prints each with its
     * recorded failure when {@code failures} is given. Returns how many were moved.
     */
    public static int redrive(SqsClient sqs, String deadLetterUrl, String workUrl, FailedMessages failures) {
        int moved = 0;
        int emptyReceives = 0;
        while (emptyReceives < 2) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(deadLetterUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(30)).messages();
            if (batch.isEmpty()) {
                emptyReceives++;
                continue;
            }
            emptyReceives = 0;
            for (Message m : batch) {
                if (failures != null) {
                    String reason = failures.reason(m.messageId()).orElse("no reason recorded");
                    System.out.println("  " + m.messageId() + "  " + ChaosCommand.abbreviate(m.body(), 80) + "  <- " + reason);
                }
                // sent before it is deleted: a crash in between duplicates a message, never loses one
                sqs.sendMessage(r -> r.queueUrl(workUrl).messageBody(m.body()));
                sqs.deleteMessage(r -> r.queueUrl(deadLetterUrl).receiptHandle(m.receiptHandle()));
                moved++;
            }
        }
        return moved;
    }
}
