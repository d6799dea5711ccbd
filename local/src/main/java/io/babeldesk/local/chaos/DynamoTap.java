package io.babeldesk.local.chaos;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * SIMULATION: a DynamoDB client for one translate function whose result and status writes
 * (PutItem, UpdateItem) a case can make die or hold, and whose answers it can watch; every other
 * call goes straight through.
 */
final class DynamoTap {
    /** What a tap does with one matching write. */
    interface Hook {
        /** Before the write; throwing makes the invocation die there. */
        void before(Object request);

        /** After the write, with what it threw (null when it went through). */
        default void after(Object request, Throwable failure) {
        }
    }

    private DynamoTap() {
    }

    static DynamoDbClient tap(DynamoDbClient real, Predicate<Object> matches, Hook hook) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    boolean write = (method.getName().equals("putItem") || method.getName().equals("updateItem"))
                            && args != null && args.length == 1 && matches.test(args[0]);
                    if (write) {
                        hook.before(args[0]);
                    }
                    try {
                        Object answer = method.invoke(real, args);
                        if (write) {
                            hook.after(args[0], null);
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        if (write) {
                            hook.after(args[0], e.getCause());
                        }
                        throw e.getCause();
                    }
                });
    }

    /** The first matching write fails as if the invocation died there; {@code killed} counts it. */
    static DynamoDbClient dyingOnce(DynamoDbClient real, Predicate<Object> matches, AtomicInteger killed) {
        return tap(real, matches, request -> {
            if (killed.compareAndSet(0, 1)) {
                throw new IllegalStateException("simulated: the invocation died mid-way");
            }
        });
    }

    /** A matching write waits at the gate until the case opens it; the gate keeps what the write threw. */
    static final class Gate implements Hook {
        /** A gate open from the start: it only keeps what the write answered. */
        static Gate watch() {
            Gate gate = new Gate();
            gate.open();
            return gate;
        }

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);
        private final AtomicReference<String> answer = new AtomicReference<>("not written");

        @Override
        public void before(Object request) {
            reached.countDown();
            try {
                if (!open.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("simulated: the gate was never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void after(Object request, Throwable failure) {
            answer.set(failure == null ? "written" : "refused (" + failure.getClass().getSimpleName() + ")");
        }

        /** Waits until a write reaches the gate; false after 30 s. */
        boolean awaitReached() {
            try {
                return reached.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void open() {
            open.countDown();
        }

        /** "written", "refused (ConditionalCheckFailedException)", or "not written". */
        String answer() {
            return answer.get();
        }
    }

    /** A PutItem of the result item {@code TRANSLATION#<language>} of one article version. */
    static Predicate<Object> resultWrite(String articleId, String language, String version) {
        return request -> request instanceof PutItemRequest p && key(p.item(), articleId, "TRANSLATION#" + language)
                && (version == null || version.equals(p.item().get("version").s()));
    }

    /** An UpdateItem of one language's status in META for one article version. */
    static Predicate<Object> statusWrite(String articleId, String language, String version) {
        return request -> request instanceof UpdateItemRequest u && key(u.key(), articleId, "META")
                && language.equals(u.expressionAttributeNames().get("#l"))
                && (version == null || (u.expressionAttributeValues().containsKey(":v")
                        && version.equals(u.expressionAttributeValues().get(":v").s())));
    }

    private static boolean key(Map<String, AttributeValue> item, String articleId, String sk) {
        return item.containsKey("pk") && item.get("pk").s().equals("ARTICLE#" + articleId)
                && item.containsKey("sk") && item.get("sk").s().equals(sk);
    }
}
