package io.unmogrowp.customersuccess.customers.rest;

import io.unmogrowp.customersuccess.customers.service.CustomerService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;
import java.util.Optional;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CustomerService customers;

    public CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateCustomerRequest request,
                           @Context UriInfo uriInfo) {
        CustomerView created = CustomerView.of(customers.create(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    public List<CustomerView> list(@QueryParam("stage") String stage) {
        return customers.list(Optional.ofNullable(stage)).stream().map(CustomerView::of).toList();
    }

    @GET
    @Path("/{id}")
    public CustomerView get(@PathParam("id") String id) {
        return CustomerView.of(customers.get(id));
    }

    @PATCH
    @Path("/{id}")
    public CustomerView update(@PathParam("id") String id,
                               @NotNull(message = "a JSON body is required") @Valid UpdateCustomerRequest request) {
        return CustomerView.of(customers.update(id, request));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        customers.delete(id);
        return Response.noContent().build();
    }
}
