# The image the Kubernetes examples name (docs/proxy.md): registry.example.com/gcsync:0.1.0.
#   mvn -B verify                       # builds cli/target/gcsync.jar (the one runnable jar)
#   docker build -t registry.example.com/gcsync:0.1.0 .
# It needs a container runtime (Docker, Podman, Buildah); the build machine of this project has none, so the
# image itself is not built or run by the tests: DockerfileTest checks that the jar it copies is the one the
# build makes and that the entrypoint runs it.
FROM eclipse-temurin:17-jre
COPY cli/target/gcsync.jar /opt/gcsync/gcsync.jar
# No root: gcsync needs no privilege (a proxy listens on 8787, a run writes its state dir under /work).
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["java", "-jar", "/opt/gcsync/gcsync.jar"]
