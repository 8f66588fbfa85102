# Builds the application from this repository for docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# Runs as a user of its own, not root; the data folder (a volume in docker-compose.yml) is its.
RUN useradd --system --uid 10001 --home-dir /var/lib/marketing-hub marketinghub \
    && mkdir -p /var/lib/marketing-hub && chown 10001 /var/lib/marketing-hub
WORKDIR /app
COPY --from=build /src/target/marketing-hub-*.jar app.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
