package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * How request bodies are read, beyond the switches in application.yml (unknown fields, enum
 * numbers, duplicate keys): texts clean and NFC ({@link CleanTextDeserializer}), dates date-only
 * ({@link DateOnlyDeserializer}), objects from JSON objects only ({@link ObjectsOnly}). Registered
 * after Micronaut's modules, so these readers win over the JavaTimeModule's.
 */
@Singleton
public class StrictJsonModule implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        SimpleModule module = new SimpleModule("ishc-strict-json");
        module.addDeserializer(String.class, new CleanTextDeserializer());
        module.addDeserializer(LocalDate.class, new DateOnlyDeserializer());
        module.setDeserializerModifier(new ObjectsOnly());
        return event.getBean().registerModule(module);
    }

    /** Bodies are checked as UTF-8 before Jackson decodes them ({@link StrictUtf8JsonFactory}). */
    @Singleton
    public static class StrictUtf8 implements BeanCreatedEventListener<JsonFactory> {
        @Override
        public JsonFactory onCreated(BeanCreatedEvent<JsonFactory> event) {
            JsonFactory factory = event.getBean();
            return factory instanceof StrictUtf8JsonFactory ? factory : new StrictUtf8JsonFactory(factory);
        }
    }
}
