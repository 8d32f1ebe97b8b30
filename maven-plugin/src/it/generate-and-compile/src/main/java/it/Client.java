package it;

import com.example.it.ApiException;
import com.example.it.ErrorCode;
import com.example.it.ServiceUnavailableException;
import com.example.it.UnauthorizedException;

/** Uses the generated API the way a client and a server do. */
public class Client {

  public static String roundTrip() {
    ApiException thrown = ErrorCode.MISSING_API_KEY.exception("no header");
    String json = thrown.toErrorResponse("req_1").toJson();
    ApiException received = ApiException.fromResponse(thrown.httpStatus(), json);
    if (!(received instanceof UnauthorizedException) || !received.is(ErrorCode.MISSING_API_KEY)) {
      throw new AssertionError(received);
    }
    ServiceUnavailableException overloaded = (ServiceUnavailableException) ErrorCode.OVERLOADED.exception();
    return received.code() + " " + overloaded.retryable();
  }
}
