package vn.vanban4j.hostexample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vanban4j.test.Fixtures;
import vn.vanban4j.test.RenderedDocx;
import vn.vanban4j.test.VanbanAssertions;

/** The Spring Boot host starts with the starter's beans; its service renders and works out due dates. */
@SpringBootTest(classes = SpringHostApplication.class, properties = "vanban4j.pdf.processes=1")
class SpringHostApplicationTest {
    @Autowired
    SpringHostApplication.PlanService service;

    @Test
    void theServiceRendersAndDates() {
        VanbanAssertions.assertThat(RenderedDocx.of(service.docx(Fixtures.laiChauPlan())))
                .hasNumber("107-KH/ThU").hasPlaceAndDate("TP. Lai Châu, ngày 26 tháng 12 năm 2022"); // as the seed writes it
        // 107-KH/ThU: "Hoàn thành trong quý II/2023" - 30/6/2023 is a Friday
        assertThat(service.due(Fixtures.laiChauPlan(), "Hoàn thành trong quý II/2023")).isEqualTo(LocalDate.of(2023, 6, 30));
    }
}
