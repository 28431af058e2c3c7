# Runtime image for the jar built by ./mvnw -B -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home thidua && mkdir -p /var/lib/thidua/files && chown thidua /var/lib/thidua/files
USER thidua
WORKDIR /home/thidua
COPY target/thidua-atgt-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", "app.jar"]
