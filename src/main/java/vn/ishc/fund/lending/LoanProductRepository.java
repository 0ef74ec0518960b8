package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoanProductRepository extends CrudRepository<LoanProduct, Long> {

    List<LoanProduct> findByClubIdOrderById(long clubId);

    boolean existsByClubIdAndName(long clubId, String name);
}
