package io.babeldesk.store.memory;

import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.ArticleStoreContract;
import io.babeldesk.pipeline.FailedMessages;
import io.babeldesk.pipeline.FailedMessagesContract;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobQueue;
import io.babeldesk.pipeline.JobQueueContract;
import io.babeldesk.pipeline.Uploads;
import io.babeldesk.pipeline.UploadsContract;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The in-memory adapters against the contracts the DynamoDB, SQS and S3 adapters pass. */
class InMemoryAdaptersTest {

    @Nested
    class Store extends ArticleStoreContract {
        @Override
        protected ArticleStore emptyStore() {
            return new InMemoryArticleStore();
        }
    }

    @Nested
    class Queue extends JobQueueContract {
        private InMemoryJobQueue queue;

        @Override
        protected JobQueue emptyQueue() {
            queue = new InMemoryJobQueue();
            return queue;
        }

        @Override
        protected List<Job> receiveAll() {
            return queue.drain();
        }
    }

    @Nested
    class Failures extends FailedMessagesContract {
        @Override
        protected FailedMessages failedMessages() {
            return new InMemoryFailedMessages();
        }
    }

    @Nested
    class Objects extends UploadsContract {
        private final InMemoryUploads uploads = new InMemoryUploads();

        @Override
        protected Uploads uploads() {
            return uploads;
        }

        @Override
        protected String put(String key, byte[] bytes) {
            uploads.put("bucket", key, bytes);
            return "bucket";
        }
    }
}
