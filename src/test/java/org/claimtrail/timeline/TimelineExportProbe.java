package org.claimtrail.timeline;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Runs the timeline CSV export in a JVM of its own with a small heap (the test starts it with
 * -Xmx64m): if rows accumulated anywhere, a large export would die of OutOfMemoryError here.
 * Prints "rows=… bytes=… peakHeapMb=…".
 */
public final class TimelineExportProbe {

    public static void main(String[] args) throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        TimelineRepository repository = new TimelineRepository(dataSource);
        TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        readOnly.setReadOnly(true);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        TimelineFilter filter = new TimelineFilter(args[3], null, null, null, null, null);
        long rows;
        try (TimelineCsvWriter writer = new TimelineCsvWriter(new ClaimtrailCsvLayout(), counting)) {
            readOnly.executeWithoutResult(tx -> repository.forEach(filter, entry -> {
                writer.write(entry, "http://localhost/claims/" + entry.claimSlug());
                if (writer.rows() % 5000 == 0) {
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                }
            }));
            rows = writer.rows();
        }
        System.out.println("rows=" + rows + " bytes=" + bytes[0] + " peakHeapMb=" + peak[0] / (1024 * 1024)
                + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
