package cn.nianbao.backend.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole backend on a random port, against a real PostgreSQL (see application-test.yml). A request may take its
 * time on a loaded 2-core machine (the suite runs PostgreSQL, Chromium and two JVMs at once): the client waits a
 * minute, not the default five seconds, before it calls an answer missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT60S")
@ActiveProfiles("test")
@Import(TestDatabase.Registration.class)
public @interface BackendIntegrationTest {
}
