# AWS SAM builds each function with this Makefile (Metadata: BuildMethod: makefile in template.yaml).
# All three handlers ship in one shaded jar: the functions module's "lambda" artifact.

LAMBDA_JAR = functions/target/babeldesk-functions-0.1.0-SNAPSHOT-lambda.jar

build-IngestFunction build-TranslateFunction build-ApiFunction:
	./mvnw -B -q -pl functions -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(LAMBDA_JAR) "$(ARTIFACTS_DIR)/lib/"
