# Runtime image for the jar built by ./mvnw -B -DskipTests package. The jar is production only (no demo data, no
# embedded PostgreSQL); it refuses to start until SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD are set (ADR 0120).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --create-home thidua && mkdir -p /var/lib/thidua/files \
    && chown thidua /var/lib/thidua/files
# the failure message and the logs are in Vietnamese
ENV LANG=C.UTF-8 SPRING_PROFILES_ACTIVE=prod
COPY --chown=root:root target/thidua-atgt-*.jar /opt/thidua/app.jar
USER thidua
WORKDIR /home/thidua
EXPOSE 8080
# the load balancer asks GET /actuator/health/readiness (and /liveness)
ENTRYPOINT ["java", "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", "/opt/thidua/app.jar"]
