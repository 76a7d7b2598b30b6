package io.unmogrowp.gateway.common.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Last resort: a bug still answers in the JSON error shape (and is logged with its stack). */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        LOG.error("unexpected failure", exception);
        return ErrorResponses.of(500, "internal_error", null, "unexpected server error");
    }
}
