package org.claimtrail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClaimtrailApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimtrailApplication.class, args);
    }
}
