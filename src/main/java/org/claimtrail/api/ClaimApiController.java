package org.claimtrail.api;

import io.swagger.v3.oas.annotations.Operation;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class ClaimApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final ClaimQueries claims;

    ClaimApiController(ClaimQueries claims) {
        this.claims = claims;
    }

    @Operation(summary = "All claims, by when the claimed event happened, a page at a time (page from 1)")
    @GetMapping("/api/claims")
    ClaimJson.Page<ClaimJson.ClaimSummary> claims(@RequestParam(defaultValue = "1") int page,
                                                  @RequestParam(defaultValue = "50") int size) {
        int pageSize = Paging.size(size, MAX_PAGE_SIZE);
        org.springframework.data.domain.Page<Claim> result = claims.claims(PageRequest.of(Paging.index(page), pageSize));
        String site = site();
        return new ClaimJson.Page<>(result.getContent().stream().map(c -> ClaimJson.ClaimSummary.of(c, site)).toList(),
                Paging.index(page) + 1, pageSize, result.getTotalElements(), result.getTotalPages());
    }

    @Operation(summary = "One claim with its attributions, their sources, its links both ways and its sourcing summary")
    @GetMapping("/api/claims/{slug}")
    ClaimJson.ClaimDetail claim(@PathVariable String slug) {
        return claims.claimPage(slug).map(page -> ClaimJson.ClaimDetail.of(page, site()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no claim with the slug '" + slug + "'."));
    }

    static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
