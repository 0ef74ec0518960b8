# Build stage: the Maven wrapper fetches Maven and the dependencies.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml openapi.properties ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY db db
COPY reports reports
RUN ./mvnw -B package -DskipTests

# Run stage: a JRE and the shaded jar. The database comes from DATASOURCES_DEFAULT_URL
# (see docker-compose.yml); without it the embedded MariaDB keeps its data in /data.
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app ishc && mkdir -p /data && chown ishc /data
COPY --from=build /src/target/ishc-fund-*-SNAPSHOT.jar /app/ishc-fund.jar
USER ishc
ENV ISHC_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ishc-fund.jar"]
