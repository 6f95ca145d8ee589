# Bulk attestation (CSV reader, dry run, runner, journal): sources of partnerdesk_core.
target_sources(partnerdesk_core PRIVATE
)
